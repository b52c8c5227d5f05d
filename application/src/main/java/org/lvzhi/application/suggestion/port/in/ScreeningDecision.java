package org.lvzhi.application.suggestion.port.in;

/** What staff decide at screening: accept it for handling, or refuse it as not a suggestion (HN-5). */
public enum ScreeningDecision {
    ACCEPT,
    REFUSE
}
