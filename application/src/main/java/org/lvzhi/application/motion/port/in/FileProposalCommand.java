package org.lvzhi.application.motion.port.in;

import java.util.List;
import java.util.Optional;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.motion.ProposalKind;
import org.lvzhi.domain.motion.ProposalText;
import org.lvzhi.domain.shared.Checks;

/** A joint proposal to file: its kind, its text and its signatories, the lead sponsor first. */
public record FileProposalCommand(ProposalKind kind, ProposalText text, List<DeputyId> signatories) {

    public FileProposalCommand {
        Checks.required("kind", kind);
        Checks.required("text", text);
        signatories = signatories == null ? List.of() : List.copyOf(signatories);
    }

    public static FileProposalCommand of(ProposalKind kind, String title, Optional<String> subject, Optional<String> grounds,
            Optional<String> proposal, List<DeputyId> signatories) {
        return new FileProposalCommand(kind, new ProposalText(title, subject, grounds, proposal), signatories);
    }
}
