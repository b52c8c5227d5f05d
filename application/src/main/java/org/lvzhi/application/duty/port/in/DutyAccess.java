package org.lvzhi.application.duty.port.in;

import static org.lvzhi.application.shared.AccessRole.DELEGATION_HEAD;
import static org.lvzhi.application.shared.AccessRole.DEPUTY;
import static org.lvzhi.application.shared.AccessRole.GROUP_LEADER;
import static org.lvzhi.application.shared.AccessRole.INTEGRATION;
import static org.lvzhi.application.shared.AccessRole.LIAISON_OFFICER;
import static org.lvzhi.application.shared.AccessRole.PLATFORM_ADMIN;
import static org.lvzhi.application.shared.AccessRole.TENANT_ADMIN;

import org.lvzhi.application.shared.Grants;

/**
 * Who may do what with duty activities and duty records; the profile's catalogue then names who registers and reviews
 * a type.
 */
public final class DutyAccess {

    /** Register a duty record for a deputy. */
    public static final String RECORD = "duty.record";
    /** Register one's own duty record. */
    public static final String RECORD_OWN = "duty.record-own";
    /** Read the records awaiting one's review. */
    public static final String READ_REVIEW_QUEUE = "duty.read-review-queue";
    /** Review a record. */
    public static final String REVIEW = "duty.review";
    /**
     * Act as the liaison office: register for any organiser, review what the office reviews, see every pending record,
     * act on any activity.
     */
    public static final String LIAISON_OFFICE = "duty.liaison-office";
    /** Read every deputy's records and archive (a deputy reads their own through the archive). */
    public static final String READ_RECORDS = "duty.read-records";
    /** Organise duty activities: create them, record attendance, send notices. */
    public static final String ORGANISE = "duty.organise";
    /** Read the duty activities. */
    public static final String READ_ACTIVITIES = "duty.read-activities";

    public static final Grants GRANTS = Grants.of()
            .allow(RECORD, TENANT_ADMIN, LIAISON_OFFICER, GROUP_LEADER, INTEGRATION)
            .allow(RECORD_OWN, DEPUTY)
            .allow(READ_REVIEW_QUEUE, TENANT_ADMIN, LIAISON_OFFICER, GROUP_LEADER)
            .allow(REVIEW, TENANT_ADMIN, LIAISON_OFFICER, GROUP_LEADER, DELEGATION_HEAD)
            .allow(LIAISON_OFFICE, TENANT_ADMIN, LIAISON_OFFICER)
            .allow(READ_RECORDS, PLATFORM_ADMIN, TENANT_ADMIN, LIAISON_OFFICER, DELEGATION_HEAD, GROUP_LEADER, INTEGRATION)
            .allow(ORGANISE, TENANT_ADMIN, LIAISON_OFFICER, GROUP_LEADER)
            .allow(READ_ACTIVITIES, PLATFORM_ADMIN, TENANT_ADMIN, LIAISON_OFFICER, DELEGATION_HEAD, GROUP_LEADER, INTEGRATION)
            .build();

    private DutyAccess() {
    }
}
