package org.observatory.eval.place;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.observatory.core.BadInputException;
import org.observatory.core.Span;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads geoparsing corpora: LGL ({@code <article><text/><toponyms><toponym><start/><end/><phrase/><gaztag><lat/>
 * <lon/>}) and GeoVirus ({@code <article><text/><locations><location><name/><start/><end/><lat/><lon/>}). Gold
 * spans that do not fit the text are dropped. Stateless.
 */
public final class GeoCorpus {

  private GeoCorpus() {}

  public static List<GoldArticle> read(Path file) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document doc = f.newDocumentBuilder().parse(file.toFile());
      NodeList articles = doc.getElementsByTagName("article");
      List<GoldArticle> out = new ArrayList<>();
      for (int i = 0; i < articles.getLength(); i++) {
        Element a = (Element) articles.item(i);
        String id = a.hasAttribute("docid") ? a.getAttribute("docid") : String.valueOf(i);
        out.add(article(id, a));
      }
      return out;
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new BadInputException(file.toString(), "not a readable geoparsing corpus: " + e.getMessage(), e);
    }
  }

  private static GoldArticle article(String id, Element a) {
    String text = childText(a, "text");
    List<GoldToponym> gold = new ArrayList<>();
    for (String tag : List.of("toponym", "location")) {
      NodeList ts = a.getElementsByTagName(tag);
      for (int j = 0; j < ts.getLength(); j++) {
        Element t = (Element) ts.item(j);
        int start = Integer.parseInt(childText(t, "start").trim());
        int end = Integer.parseInt(childText(t, "end").trim());
        String name = childText(t, tag.equals("toponym") ? "phrase" : "name").trim();
        Span span = align(text, start, end, name);
        if (span == null) {
          continue;
        }
        gold.add(new GoldToponym(span, span.of(text), number(t, "lat"), number(t, "lon")));
      }
    }
    gold.sort(Comparator.comparing(GoldToponym::span));
    return new GoldArticle(id, text, gold);
  }

  /** The given span, or the occurrence of {@code name} nearest to it (GeoVirus offsets are often shifted). */
  static Span align(String text, int start, int end, String name) {
    boolean fits = start >= 0 && end <= text.length() && end > start;
    if (name.isEmpty() || fits && text.substring(start, end).equals(name)) {
      return fits ? new Span(start, end) : null;
    }
    Span best = null;
    for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      if (best == null || Math.abs(i - start) < Math.abs(best.start() - start)) {
        best = new Span(i, i + name.length());
      }
    }
    return best != null && Math.abs(best.start() - start) <= 20 ? best : fits ? new Span(start, end) : null;
  }

  private static Double number(Element e, String tag) {
    String s = childText(e, tag).trim();
    return s.isEmpty() ? null : Double.valueOf(s);
  }

  private static String childText(Element e, String tag) {
    NodeList l = e.getElementsByTagName(tag);
    return l.getLength() == 0 ? "" : l.item(0).getTextContent();
  }
}
