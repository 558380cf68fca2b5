package com.intervo.kernel.identity;

import com.intervo.kernel.tenancy.TenantId;
import java.util.OptionalInt;

/**
 * How many users a workspace may have (its plan decides). A seat is a user who can sign in or holds an open
 * invitation; deactivated users free theirs. Without a policy bean there is no limit.
 */
public interface SeatPolicy {

    OptionalInt maxSeats(TenantId tenant);
}
