package org.lvzhi.adapter.web.duty;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.lvzhi.adapter.web.shared.Allowed;
import org.lvzhi.adapter.web.shared.PageResponse;
import org.lvzhi.application.duty.port.in.DutyAccess;
import org.lvzhi.application.duty.port.in.DutyRecordUseCases;
import org.lvzhi.application.duty.port.in.RecordCommand;
import org.lvzhi.application.duty.port.in.ReviewDecision;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.Ids;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.duty.DutyRecordId;
import org.lvzhi.domain.shared.Checks;

@Controller("/api/v1/duty-records")
class DutyRecordController {

    private final DutyRecordUseCases records;

    DutyRecordController(DutyRecordUseCases records) {
        this.records = records;
    }

    /** A record registered by the organiser or the registering office; it counts at once. */
    @Post
    @Status(HttpStatus.CREATED)
    @Allowed(DutyAccess.RECORD)
    DutyRecordResponse register(ActingCaller caller, @Body RecordRequest request) {
        return DutyRecordResponse.of(records.register(caller, request.toCommand(true)));
    }

    /** The calling deputy's own record; it waits for review by the position the profile names. */
    @Post("/self")
    @Status(HttpStatus.CREATED)
    @Allowed(DutyAccess.RECORD_OWN)
    DutyRecordResponse selfRegister(ActingCaller caller, @Body RecordRequest request) {
        return DutyRecordResponse.of(records.selfRegister(caller, request.toCommand(false)));
    }

    /** Self-registered records the caller may review, oldest first. */
    @Get("/review-queue")
    @Allowed(DutyAccess.READ_REVIEW_QUEUE)
    PageResponse<DutyRecordResponse> reviewQueue(
            ActingCaller caller, @Nullable @QueryValue String after, @Nullable @QueryValue Integer size,
            @Nullable @QueryValue Boolean total) {
        return PageResponse.of(records.reviewQueue(caller, KeysetRequest.of(after, size, total)), DutyRecordResponse::of);
    }

    /** Confirms or rejects a self-registered duty record. */
    @Post("/{id}/review")
    @Allowed(DutyAccess.REVIEW)
    DutyRecordResponse review(ActingCaller caller, @PathVariable String id, @Body ReviewRequest request) {
        return DutyRecordResponse.of(records.review(caller, recordId(id),
                Checks.oneOf("decision", ReviewDecision.class, request.decision()),
                Optional.ofNullable(request.reason()).filter(reason -> !reason.isBlank())));
    }

    /** One record; a deputy reads their own records in their archive. */
    @Get("/{id}")
    @Allowed(DutyAccess.READ_RECORDS)
    DutyRecordResponse show(ActingCaller caller, @PathVariable String id) {
        return DutyRecordResponse.of(records.find(caller, recordId(id)));
    }

    private static DutyRecordId recordId(String id) {
        return Ids.parse("id", id, DutyRecordId::new);
    }

    @Serdeable
    record RecordRequest(
            @Nullable String deputyId, @Nullable String type, @Nullable LocalDate date, @Nullable String counterpart,
            @Nullable String note, @Nullable BigDecimal quantity) {

        RecordCommand toCommand(boolean forDeputy) {
            Optional<DeputyId> deputy = forDeputy
                    ? Optional.of(Ids.parse("deputyId", deputyId, DeputyId::new))
                    : Optional.empty();
            return new RecordCommand(deputy, type, date, present(counterpart), present(note), Optional.ofNullable(quantity));
        }

        private static Optional<String> present(String text) {
            return Optional.ofNullable(text).filter(t -> !t.isBlank());
        }
    }

    @Serdeable
    record ReviewRequest(@Nullable String decision, @Nullable String reason) {
    }
}
