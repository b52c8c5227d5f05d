package org.lvzhi.adapter.page;

/**
 * A page the platform renders for a person's browser: one frame in Chinese for every adapter that serves pages (the
 * identities' sign-in pages today), so that each says only what is its own, and one way to escape what it interpolates.
 */
public final class BrowserPage {

    private BrowserPage() {
    }

    /** {@code notice} and {@code body} are HTML: the platform's own texts, or built from parts passed through {@link #escape}. */
    public static String html(String title, String notice, String body) {
        return """
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · 履职平台</title></head>
                <body><main>
                <h1>%s</h1>
                <p role="status">%s</p>
                %s
                </main></body>
                </html>
                """.formatted(escape(title), escape(title), notice, body);
    }

    /** Escapes for HTML text and double-quoted attributes. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> escaped.append(switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> Character.toString(c);
        }));
        return escaped.toString();
    }
}
