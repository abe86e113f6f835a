package de.nrw.coop.model;

/**
 * Where a figure comes from.
 *
 * @param title what the source is called
 * @param url   where to read it; optional
 */
public record Source(String title, String url) {
    public Source {
        title = Check.text(title, "source.title");
        url = Check.optionalText(url);
        if (url != null && !url.matches("(?i)https?://\\S+")) {
            throw new ModelException("source.url", "url '" + url + "' must start with http:// or https:// and hold no spaces");
        }
    }
}
