package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A resignation in a county congress (Jiading) through the HTTP API against the real database: accepted by the standing
 * committee outside the platform, recorded by staff with its day and document under the statutory baseline's BL-31.
 */
@MicronautTest(transactional = false)
class ResignationIT extends ApiTest {

    @Test
    @Tag("BL-31")
    @DisplayName("BL-31 “县级人民代表大会代表可以向本级人民代表大会常务委员会书面提出辞职”: the platform decides nothing — deputies and delegation heads cannot resign a seat, staff only record the standing committee's acceptance with its day and document (none, or a day to come, is refused); the seat ends resigned, the record cites 第三十一条")
    void resignationIsRecordedNotDecided() {
        String liaison = api.token("sh-jiading-liaison");
        var registered = api.post("/api/v1/deputies", liaison, Map.of("name", "钱国平", "termId", api.firstTermId(liaison),
                "constituency", "DISTRICT", "constituencyName", "第11选区"));
        String deputy = registered.text("id");
        String status = "/api/v1/deputies/" + deputy + "/status";
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();

        var byDeputy = api.post(status, api.token("sh-jiading-deputy1"), Map.of("status", "RESIGNED", "reason", "本人书面提出辞职"));
        var byHead = api.post(status, api.token("sh-jiading-delegation-head"), Map.of("status", "RESIGNED", "reason", "本人书面提出辞职"));
        var undocumented = api.post(status, liaison, Map.of("status", "RESIGNED", "reason", "本人书面提出辞职"));
        var notYetAccepted = api.post(status, liaison, Map.of("status", "RESIGNED", "reason", "本人书面提出辞职",
                "documentReference", "嘉人常〔2026〕12号", "acceptedOn", tomorrow));
        var stillServing = api.get("/api/v1/deputies/" + deputy, liaison).text("status");
        var recorded = api.post(status, liaison, Map.of("status", "RESIGNED", "reason", "本人书面提出辞职，区人大常委会第三十次会议接受",
                "documentReference", "嘉人常〔2026〕12号", "acceptedOn", "2026-11-20"));
        var restored = api.post(status, liaison, Map.of("status", "ACTIVE", "reason", "恢复"));
        var changes = api.get("/api/v1/deputies/" + deputy + "/status-changes", liaison);

        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        assertThat(byDeputy.status()).isEqualTo(403);
        assertThat(byHead.status()).isEqualTo(403);
        assertThat(undocumented.status()).isEqualTo(422);
        assertThat(undocumented.pointers()).containsExactlyInAnyOrder("/documentReference", "/acceptedOn");
        assertThat(notYetAccepted.status()).isEqualTo(422);
        assertThat(notYetAccepted.pointers()).containsExactly("/acceptedOn");
        assertThat(stillServing).isEqualTo("ACTIVE");
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        assertThat(recorded.text("status")).isEqualTo("RESIGNED");
        assertThat(restored.status()).as("resignation is final").isEqualTo(422);
        var history = changes.list("items");
        assertThat(history).singleElement().satisfies(change -> assertThat(change)
                .containsEntry("to", "RESIGNED").containsEntry("by", "sh-jiading-liaison")
                .containsEntry("acceptedOn", "2026-11-20").containsEntry("documentReference", "嘉人常〔2026〕12号")
                .containsEntry("rule", "BL-31（第三十一条）"));
        assertThat(api.get("/api/v1/deputies?status=ACTIVE&q=钱国平", liaison).list("items")).isEmpty();
    }
}
