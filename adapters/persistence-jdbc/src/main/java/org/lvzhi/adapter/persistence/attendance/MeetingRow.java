package org.lvzhi.adapter.persistence.attendance;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;
import java.util.UUID;

@MappedEntity("session_meeting")
record MeetingRow(@Id UUID id, UUID sessionId, String kind, LocalDate heldOn, String halfDay) {
}
