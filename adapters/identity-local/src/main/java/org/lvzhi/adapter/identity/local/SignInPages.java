package org.lvzhi.adapter.identity.local;

import org.lvzhi.adapter.page.BrowserPage;
import org.lvzhi.domain.shared.Messages;

/** The sign-in and invitation pages: small server-rendered HTML in Chinese, every interpolated text escaped. */
final class SignInPages {

    private static final Messages TEXT = Messages.of(SignInPages.class);

    private SignInPages() {
    }

    static String signIn(String notice) {
        return BrowserPage.html(TEXT.text("sign-in.title"), notice, """
                <form method="post" action="/sign-in">
                  <label>%s <input name="username" autocomplete="username" required></label>
                  <label>%s <input name="password" type="password" autocomplete="current-password" required></label>
                  <button type="submit">%s</button>
                </form>""".formatted(TEXT.text("field.username"), TEXT.text("field.password"), TEXT.text("sign-in.submit")));
    }

    static String signedIn(String login) {
        return BrowserPage.html(TEXT.text("signed-in.title"), TEXT.text("signed-in.as", BrowserPage.escape(login)), """
                <form method="post" action="/sign-out">
                  <label><input type="checkbox" name="everywhere" value="true"> %s</label>
                  <button type="submit">%s</button>
                </form>""".formatted(TEXT.text("sign-out.everywhere"), TEXT.text("sign-out.submit")));
    }

    static String invitation(String token, String notice) {
        return BrowserPage.html(TEXT.text("invitation.title"), notice, """
                <form method="post" action="/invitation">
                  <input type="hidden" name="token" value="%s">
                  <label>%s <input name="password" type="password" autocomplete="new-password" required minlength="10"></label>
                  <button type="submit">%s</button>
                </form>
                <p>%s</p>""".formatted(BrowserPage.escape(token), TEXT.text("field.new-password"), TEXT.text("invitation.submit"),
                TEXT.text("password.rule")));
    }

    static String passwordSet() {
        return BrowserPage.html(TEXT.text("invitation.title"), TEXT.text("invitation.done"), "<p><a href=\"/sign-in\">" + TEXT.text("sign-in.title") + "</a></p>");
    }

    static String text(String key, Object... arguments) {
        return BrowserPage.escape(TEXT.text(key, arguments));
    }
}
