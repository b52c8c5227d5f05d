package org.lvzhi.adapter.identity.local;

import java.util.List;

/** A user of the built-in identity: name, password, the congresses they may act in, their access roles. */
record LocalUser(String username, String password, List<String> congresses, List<String> roles) {

    LocalUser {
        congresses = List.copyOf(congresses);
        roles = List.copyOf(roles);
    }
}
