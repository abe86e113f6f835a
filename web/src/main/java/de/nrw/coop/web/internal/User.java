package de.nrw.coop.web.internal;

import de.nrw.coop.web.Role;
import java.util.Objects;

/** Who a request comes from, and what they may do. */
public record User(String name, Role role) {
    public User {
        Objects.requireNonNull(name, "null user name");
        Objects.requireNonNull(role, "null role");
    }

    public boolean staff() {
        return role.includes(Role.STAFF);
    }
}
