package org.lvzhi.application.policy.port.out;

import java.util.List;

/**
 * The stored versions of profiles. Profiles are published regulations: any congress reads any owner's
 * versions (a county resolves its province's), but a congress writes only its own.
 */
public interface ProfileVersionsPort {

    List<StoredProfileVersion> versions(String owner);

    /** Adds the version to the acting congress's profile; throws {@code StaleProfileVersion} if its number is taken. */
    void add(StoredProfileVersion version);
}
