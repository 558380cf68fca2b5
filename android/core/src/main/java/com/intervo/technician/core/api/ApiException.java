package com.intervo.technician.core.api;

/** The server answered with an error: its problem (translated), status and, for a 409, the ticket as it is now. */
public final class ApiException extends Exception {

    private final Problem problem;

    public ApiException(Problem problem) {
        super(problem.status + " " + problem.message());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public int status() {
        return problem.status;
    }

    /** The token is no longer valid (expired, revoked, user deactivated): sign in again. */
    public boolean unauthorized() {
        return problem.status == 401;
    }

    /** Worth sending again later, unchanged: the server was busy or failing. */
    public boolean transientFailure() {
        return problem.status == 429 || problem.status >= 500;
    }

    /** The ticket as it is now, when the server sent it (a stale version: 409). */
    public TicketDetails currentTicket() {
        if (problem.raw == null
                || !problem.raw.has("ticket")
                || !problem.raw.get("ticket").isJsonObject()) {
            return null;
        }
        return Json.GSON.fromJson(problem.raw.get("ticket"), TicketDetails.class);
    }
}
