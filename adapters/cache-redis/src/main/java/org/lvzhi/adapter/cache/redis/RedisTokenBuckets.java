package org.lvzhi.adapter.cache.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
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
 * passes (a node whose clock lags does not refill anyone's bucket backwards). Redis being optional, a bucket Redis
 * cannot answer for is kept on this node meanwhile: a limit per node rather than none, and no request waits on it.
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

    private final RedisClient client;
    private final LocalTokenBuckets meanwhile = new LocalTokenBuckets();
    private final String prefix;
    private StatefulRedisConnection<String, String> connection;

    RedisTokenBuckets(RedisClient client, @Value("${lvzhi.cache.prefix:lvzhi}") String prefix) {
        this.client = client;
        this.prefix = prefix;
    }

    @Override
    public Take take(String bucket, BucketLimit limit, Instant now) {
        double perMilli = limit.ratePerNano() * 1_000_000;
        try {
            List<Object> answer = commands().eval(TAKE, ScriptOutputType.MULTI, new String[] {prefix + ":rate:" + bucket},
                    String.valueOf(limit.capacity()), String.valueOf(perMilli), String.valueOf(now.toEpochMilli()));
            boolean taken = ((Number) answer.get(0)).longValue() == 1;
            double tokens = Double.parseDouble((String) answer.get(1));
            return new Take(taken, (long) Math.floor(tokens), taken ? Duration.ZERO : LocalTokenBuckets.untilNext(tokens, limit));
        } catch (RedisException unavailable) {
            LOG.warn("rate limit bucket {} kept on this node: Redis did not answer ({})", bucket, unavailable.getMessage());
            return meanwhile.take(bucket, limit, now);
        }
    }

    /** The connection, made at the first use that finds Redis (it may be away when the node starts). */
    private synchronized RedisCommands<String, String> commands() {
        if (connection == null) {
            connection = client.connect();
        }
        return connection.sync();
    }
}
