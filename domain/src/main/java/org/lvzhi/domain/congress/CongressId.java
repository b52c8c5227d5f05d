package org.lvzhi.domain.congress;

import java.util.regex.Pattern;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.Messages;

/** A congress's slug, e.g. {@code qinghai} or {@code bj-dongcheng}; it is also the tenant id. */
public record CongressId(String value) {

    private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final int MAX_LENGTH = 40;

    public CongressId {
        Checks.required("id", value);
        if (value.length() < 2 || value.length() > MAX_LENGTH || !SLUG.matcher(value).matches()) {
            throw Messages.of(CongressId.class).violation("id", "slug.invalid", MAX_LENGTH);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
