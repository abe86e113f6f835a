package de.nrw.coop.web.internal;

import de.nrw.coop.web.PortalException;

/**
 * A request the portal refuses, with the status and the reason shown on the error page (German,
 * for the reader of the page).
 */
public final class HttpProblem extends PortalException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String title;

    public HttpProblem(int status, String title, String reason) {
        super(reason);
        this.status = status;
        this.title = title;
    }

    static HttpProblem badRequest(String reason) {
        return new HttpProblem(400, "Ungültige Anfrage", reason);
    }

    static HttpProblem notFound(String reason) {
        return new HttpProblem(404, "Nicht gefunden", reason);
    }

    static HttpProblem forbidden(String reason) {
        return new HttpProblem(403, "Keine Berechtigung", reason);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
