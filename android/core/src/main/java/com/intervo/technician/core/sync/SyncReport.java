package com.intervo.technician.core.sync;

import java.util.ArrayList;
import java.util.List;

/** What one sync did: calls sent, calls that now need the technician, and why it stopped early. */
public final class SyncReport {
    public int sent;
    public int replayed;
    public final List<String> conflicts = new ArrayList<>();
    public final List<String> refused = new ArrayList<>();
    /** No answer from the server: the rest waits for the network. */
    public boolean offline;
    /** The token is no longer accepted: sign in again (nothing is lost). */
    public boolean signInNeeded;
    /** The server refused to list my tickets (the workspace no longer licenses Dispatch, say): its words. */
    public String pullRefused;
    /** Tickets were read from the server. */
    public boolean pulled;

    public boolean complete() {
        return !offline && !signInNeeded && pulled;
    }

    @Override
    public String toString() {
        return "sent=" + sent + " conflicts=" + conflicts + " refused=" + refused + " offline=" + offline
                + " signInNeeded=" + signInNeeded + " pulled=" + pulled;
    }
}
