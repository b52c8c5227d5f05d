package org.lvzhi.adapter.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BrowserPageTest {

    @Test
    @DisplayName("a page is a Chinese HTML document whose title is escaped and whose notice and body are placed as given")
    void framesTheTitleNoticeAndBody() {
        String page = BrowserPage.html("登录 <测试>", "<strong>欢迎</strong>", "<form></form>");

        assertThat(page).startsWith("<!DOCTYPE html>").contains("<html lang=\"zh-CN\">",
                "<title>登录 &lt;测试&gt; · 履职平台</title>", "<h1>登录 &lt;测试&gt;</h1>",
                "<p role=\"status\"><strong>欢迎</strong></p>", "<form></form>");
    }

    @Test
    @DisplayName("escaping covers text and both kinds of quoted attribute, and leaves Chinese alone")
    void escapesMarkupAndQuotes() {
        assertThat(BrowserPage.escape("\"><script>alert('王')</script>&"))
                .isEqualTo("&quot;&gt;&lt;script&gt;alert(&#39;王&#39;)&lt;/script&gt;&amp;");
    }
}
