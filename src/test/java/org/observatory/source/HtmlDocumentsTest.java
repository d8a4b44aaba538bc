package org.observatory.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.observatory.core.BadInputException;
import org.observatory.document.Document;

class HtmlDocumentsTest {

  private static final String PAGE = """
      <!DOCTYPE html>
      <html><head>
        <title>Convoy enters Idlib | The Gazette</title>
        <meta property="og:title" content="Convoy enters Idlib">
        <meta property="og:site_name" content="The Gazette">
        <meta property="article:published_time" content="2020-02-03T09:15:00+03:00">
        <link rel="canonical" href="https://gazette.example/2020/convoy">
        <script>var tracking = "do not read me";</script>
        <style>p { color: red }</style>
      </head><body>
        <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
        <div class="share-buttons">Share on Twitter</div>
        <article>
          <h1>Convoy enters Idlib</h1>
          <p>A Turkish convoy entered Idlib province on Sunday, a monitor said.</p>
          <p>The column crossed at <b>Kafr Lusin</b>.<br>It included tanks.</p>
          <aside>Read more: other stories</aside>
        </article>
        <footer>Copyright 2020 The Gazette</footer>
      </body></html>
      """;

  @Test
  void mainTextComesFromTheArticleWithoutNavigationAndBoilerplate() {
    Document d = HtmlDocuments.parse(PAGE, "page.html");
    assertThat(d.text()).contains("A Turkish convoy entered Idlib province on Sunday, a monitor said.")
        .contains("The column crossed at Kafr Lusin.\nIt included tanks.")
        .doesNotContain("Home").doesNotContain("Share on Twitter").doesNotContain("Copyright")
        .doesNotContain("tracking").doesNotContain("color").doesNotContain("Read more");
    assertThat(d.text()).contains("said.\n\nThe column");
  }

  @Test
  void metadataComesFromTheUsualTags() {
    Document d = HtmlDocuments.parse(PAGE, "page.html");
    assertThat(d.title()).isEqualTo("Convoy enters Idlib");
    assertThat(d.outlet()).isEqualTo("The Gazette");
    assertThat(d.url()).isEqualTo("https://gazette.example/2020/convoy");
    assertThat(d.published()).isEqualTo(LocalDate.of(2020, 2, 3));
    assertThat(d.publishedSource()).isEqualTo("meta");
  }

  @Test
  void withoutMetaTagsTitleDateAndUrlComeFromTitleJsonLdAndOgUrl() {
    String page = """
        <html><head><title>Ceasefire holds</title>
        <meta property="og:url" content="https://x.example/ceasefire">
        <script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2019-10-22"}]}</script>
        </head><body><div id="content"><p>The ceasefire held on Tuesday in northern Syria.</p>
        <p>Both sides reported no violations.</p></div>
        <div class="sidebar"><p>Most read</p></div></body></html>
        """;
    Document d = HtmlDocuments.parse(page, "p.html");
    assertThat(d.title()).isEqualTo("Ceasefire holds");
    assertThat(d.url()).isEqualTo("https://x.example/ceasefire");
    assertThat(d.published()).isEqualTo(LocalDate.of(2019, 10, 22));
    assertThat(d.text()).isEqualTo("The ceasefire held on Tuesday in northern Syria.\n\nBoth sides reported no violations.");
  }

  @Test
  void timeElementGivesTheDateWhenNothingElseDoes() {
    String page = "<html><body><h1>Talks</h1><p>Talks resumed in Geneva.</p>"
        + "<time datetime=\"2018-09-17\">17 September</time></body></html>";
    Document d = HtmlDocuments.parse(page, "t.html");
    assertThat(d.published()).isEqualTo(LocalDate.of(2018, 9, 17));
    assertThat(d.title()).isEqualTo("Talks");
  }

  @Test
  void densestBlockIsChosenWithoutArticleOrMain() {
    String page = "<html><body><div><p>Menu item</p></div><div><p>First paragraph of the story.</p>"
        + "<p>Second paragraph of the story.</p></div></body></html>";
    assertThat(HtmlDocuments.parse(page, "d.html").text())
        .isEqualTo("First paragraph of the story.\n\nSecond paragraph of the story.");
  }

  @Test
  void wrapperNamedLikeBoilerplateIsKeptWhenItHoldsTheContent() {
    String page = "<html><body><div class=\"layout has-sidebar\"><p>Troops advanced near Saraqib today.</p>"
        + "</div><div class=\"menu\">Home</div></body></html>";
    assertThat(HtmlDocuments.parse(page, "w.html").text()).isEqualTo("Troops advanced near Saraqib today.");
  }

  @Test
  void pageWithoutTextIsBadInputNamingIt() {
    String page = "<html><head><title>Empty</title><script>x()</script></head><body><nav>Home</nav></body></html>";
    assertThatThrownBy(() -> HtmlDocuments.parse(page, "empty.html"))
        .isInstanceOf(BadInputException.class)
        .hasMessage("empty.html: HTML page has no text");
  }
}
