package org.lvzhi.bootstrap;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.HashMap;
import java.util.Map;
import org.lvzhi.adapter.persistence.testing.TestDatabase;

/** One node of a cluster in this JVM: the test database, a random port and a data directory of its own. */
final class TestNode {

    private TestNode() {
    }

    static ApplicationContext start(Map<String, Object> settings) {
        Map<String, Object> properties = new HashMap<>(TestDatabase.instance().properties());
        properties.put("micronaut.server.port", "-1");
        properties.put("lvzhi.data-dir", ScratchDirectory.create("lvzhi-node"));
        properties.putAll(settings);
        return ApplicationContext.run(EmbeddedServer.class, properties).getApplicationContext();
    }

    static ApiClient client(ApplicationContext node) {
        return new ApiClient(node.getBean(EmbeddedServer.class).getURI(), node.getBean(JsonMapper.class));
    }
}
