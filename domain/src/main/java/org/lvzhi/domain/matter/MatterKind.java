package org.lvzhi.domain.matter;

/**
 * The deputies' matters that run on a statutory clock of the Deputies Law's implementing measures, each with its rule
 * and the state it is recorded in: an appointment with officials (约见, BL-20) is requested and later held; an
 * inspection report (视察报告, BL-18) is submitted; a research report (调研报告, BL-21) is awaited once the research
 * ended; a letter (代表来信, BL-23) is received; a change of a deputy's details (BL-29) happened.
 */
public enum MatterKind {
    APPOINTMENT("BL-20", MatterState.REQUESTED),
    INSPECTION_REPORT("BL-18", MatterState.SUBMITTED),
    RESEARCH_REPORT("BL-21", MatterState.RESEARCH_ENDED),
    LETTER("BL-23", MatterState.RECEIVED),
    DETAILS_CHANGE("BL-29", MatterState.CHANGED);

    private final String rule;
    private final MatterState recordedAs;

    MatterKind(String rule, MatterState recordedAs) {
        this.rule = rule;
        this.recordedAs = recordedAs;
    }

    /** The rule of the baseline profile whose clocks this kind runs. */
    public String rule() {
        return rule;
    }

    public MatterState recordedAs() {
        return recordedAs;
    }

    /** Whether a rule's clocks belong to this kind: not when the rule is another kind's (BL-18 and BL-21 share REPORT_ASSIGNED). */
    public boolean owns(String someRule) {
        for (MatterKind other : values()) {
            if (other != this && other.rule.equals(someRule)) {
                return false;
            }
        }
        return true;
    }
}
