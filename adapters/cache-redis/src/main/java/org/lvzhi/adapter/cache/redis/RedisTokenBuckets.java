package org.lvzhi.adapter.cache.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.lvzhi.application.ratelimit.port.out.BucketLimit;
import org.lvzhi.application.ratelimit.port.out.TokenBucketPort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buckets shared by every node through Redis: one script refills and takes atomically, on the time the calling node
 * passes (a node whose clock lags does not refill anyone's bucket backwards), sent by its digest once Redis knows it.
 * Redis being optional, while it cannot answer the buckets are kept on this node: a limit per node rather than none,
 * and no request waits on a Redis that is away (see {@link RedisOutage}).
 */
@Singleton
@Requires(property = "redis.uri")
class RedisTokenBuckets implements TokenBucketPort {

    private static final Logger LOG = LoggerFactory.getLogger(RedisTokenBuckets.class);

    /** KEYS[1] the bucket; ARGV capacity, tokens per millisecond, now (epoch ms). Answers {taken, tokens left}. */
    private static final String TAKE = """
            local capacity = tonumber(ARGV[1])
            local rate = tonumber(ARGV[2])
            local now = tonumber(ARGV[3])
            local level = redis.call('HMGET', KEYS[1], 'tokens', 'at')
            local tokens = tonumber(level[1]) or capacity
            local at = tonumber(level[2]) or now
            tokens = math.min(capacity, tokens + math.max(0, now - at) * rate)
            local taken = 0
            if tokens >= 1 then
              tokens = tokens - 1
              taken = 1
            end
            redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(math.max(now, at)))
            redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / rate) + 1000)
            return {taken, tostring(tokens)}""";

    private final RedisLink link;
    private final RedisOutage outage = new RedisOutage();
    private final LocalTokenBuckets meanwhile = new LocalTokenBuckets();
    private final String prefix;

    RedisTokenBuckets(RedisClient client, @Value("${lvzhi.cache.prefix:lvzhi}") String prefix) {
        this.link = new RedisLink(client);
        this.prefix = prefix;
    }

    @Override
    public Take take(String bucket, BucketLimit limit, Instant now) {
        if (outage.pausing(now)) {
            return meanwhile.take(bucket, limit, now);
        }
        try {
            Take take = takeShared(bucket, limit, now);
            if (outage.answered()) {
                LOG.info("Redis answers again: rate limit buckets are shared by every node again");
            }
            return take;
        } catch (RedisException unavailable) {
            if (outage.failed(now)) {
                LOG.warn("Redis did not answer ({}): rate limit buckets are kept on this node until it does",
                        unavailable.getMessage());
            }
            return meanwhile.take(bucket, limit, now);
        }
    }

    @PreDestroy
    void close() {
        link.close();
    }

    private Take takeShared(String bucket, BucketLimit limit, Instant now) {
        String[] keys = {prefix + ":rate:" + bucket};
        String[] arguments = {String.valueOf(limit.capacity()), String.valueOf(limit.ratePerNano() * 1_000_000),
                String.valueOf(now.toEpochMilli())};
        RedisCommands<String, String> commands = link.commands();
        List<Object> answer;
        try {
            answer = commands.evalsha(commands.digest(TAKE), ScriptOutputType.MULTI, keys, arguments);
        } catch (RedisNoScriptException notLoadedYet) {
            answer = commands.eval(TAKE, ScriptOutputType.MULTI, keys, arguments);
        }
        boolean taken = ((Number) answer.get(0)).longValue() == 1;
        double tokens = Double.parseDouble((String) answer.get(1));
        return new Take(taken, (long) Math.floor(tokens), taken ? Duration.ZERO : LocalTokenBuckets.untilNext(tokens, limit));
    }
}
