package org.observatory.source;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The main text of an HTML page. Removes scripts, styles, forms, navigation, headers, footers, asides and elements
 * whose class or id names boilerplate (menu, sidebar, share, related, advert, cookie, ...), then takes the largest
 * {@code <article>}, else {@code <main>}, else the element holding the most paragraph text, and renders it as
 * paragraphs separated by blank lines. Mutates the page it is given; stateless otherwise.
 */
final class HtmlText {

  private static final String REMOVED = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
      + "form, button, select, input, textarea, nav, header, footer, aside, figure, [hidden], "
      + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search], "
      + "[aria-hidden=true]";
  private static final Pattern BOILERPLATE = Pattern.compile(
      "(?:^|[\\s_-])(nav|navbar|navigation|menu|footer|sidebar|breadcrumbs?|comments?|share|sharing|social|"
          + "related|recommended|advert|advertisement|ads?|promo|cookies?|consent|newsletter|subscribe|"
          + "subscription|popup|modal|masthead|tags|byline-share|skip-link)(?:$|[\\s_-])",
      Pattern.CASE_INSENSITIVE);
  static final double MAX_BOILERPLATE_SHARE = 0.5;
  private static final Set<String> KEPT = Set.of("html", "body", "article", "main");
  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
      "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th",
      "figcaption", "address", "hr");

  private HtmlText() {}

  static String extract(Document page) {
    page.select(REMOVED).remove();
    int pageText = page.text().length();
    page.getAllElements().stream()
        .filter(e -> isBoilerplate(e, pageText))
        .toList()
        .forEach(Element::remove);
    return render(root(page));
  }

  /**
   * A boilerplate-named element, unless it holds the content: it contains an article or main element, or more
   * than {@value #MAX_BOILERPLATE_SHARE} of the page's text (a wrapper such as {@code class="page has-sidebar"}).
   */
  private static boolean isBoilerplate(Element e, int pageText) {
    if (KEPT.contains(e.normalName()) || !BOILERPLATE.matcher(e.className() + " " + e.id()).find()) {
      return false;
    }
    boolean holdsContent = !e.select("article, main, [role=main]").isEmpty()
        || e.text().length() > MAX_BOILERPLATE_SHARE * pageText;
    return !holdsContent;
  }

  private static Element root(Document page) {
    Element best = null;
    for (Element article : page.select("article")) {
      if (best == null || article.text().length() > best.text().length()) {
        best = article;
      }
    }
    if (best != null && !best.text().isBlank()) {
      return best;
    }
    Element main = page.selectFirst("main, [role=main]");
    if (main != null && !main.text().isBlank()) {
      return main;
    }
    return densest(page);
  }

  /** The element whose child paragraphs hold the most text, or the body. */
  private static Element densest(Document page) {
    Map<Element, Integer> score = new HashMap<>();
    for (Element p : page.select("p")) {
      Element parent = p.parent();
      if (parent != null) {
        score.merge(parent, p.text().length(), Integer::sum);
      }
    }
    return score.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(page.body());
  }

  private static String render(Element root) {
    StringBuilder out = new StringBuilder();
    root.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          out.append(t.getWholeText().replaceAll("\\s+", " "));
        } else if (node instanceof Element e && e.normalName().equals("br")) {
          out.append('\n');
        } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          out.append("\n\n");
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          out.append("\n\n");
        }
      }
    });
    return tidy(out.toString());
  }

  /** Strips every line and leaves at most one blank line between paragraphs. */
  static String tidy(String raw) {
    StringBuilder out = new StringBuilder();
    boolean blank = false;
    for (String line : raw.split("\n", -1)) {
      String s = line.strip();
      if (s.isEmpty()) {
        blank = out.length() > 0;
        continue;
      }
      if (out.length() > 0) {
        out.append(blank ? "\n\n" : "\n");
      }
      out.append(s);
      blank = false;
    }
    return out.toString();
  }
}
