package org.lvzhi.application.archive.port.in;

import org.lvzhi.application.shared.ActingCaller;

/** A tenant admin asks what saving a draft of the policy profile would do to today's verdicts, before saving it. */
public interface PreviewProfileChangeUseCase {

    /**
     * Judges the congress's serving deputies today under the profile in force and under the draft (held in memory as
     * the next version), and answers the differences; nothing is saved, opened or sent. {@code InvalidProfile} when
     * the draft has problems.
     */
    VerdictPreview preview(ActingCaller caller, String document);
}
