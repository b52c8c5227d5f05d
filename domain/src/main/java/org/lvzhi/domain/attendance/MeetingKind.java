package org.lvzhi.domain.attendance;

/** The meetings of a congress session (预备会议 / 全体会议 / 联组会议 / 分组（分团）会议). */
public enum MeetingKind {
    PREPARATORY,
    PLENARY,
    JOINT_GROUP,
    GROUP
}
