package org.observatory.eval.time;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.observatory.core.BadInputException;
import org.observatory.core.Span;

/**
 * Reads TimeML ({@code .tml}) files: the TEXT element as plain text with TIMEX3 and EVENT offsets, the DCT, and the
 * TLINKs between events and time expressions.
 */
public final class TimeMlReader {

  private final XMLInputFactory factory;

  public TimeMlReader() {
    factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
  }

  /** Every {@code .tml} file under {@code dir} (recursively), sorted by path. */
  public List<Path> files(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
    } catch (IOException e) {
      throw new BadInputException(dir.toString(), "cannot list TimeML files: " + e.getMessage(), e);
    }
  }

  public TimeMlDocument read(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(file.getFileName().toString(), factory.createXMLStreamReader(r));
    } catch (IOException | XMLStreamException e) {
      throw new BadInputException(file.toString(), "not readable TimeML: " + e.getMessage(), e);
    }
  }

  private static TimeMlDocument parse(String name, XMLStreamReader x) throws XMLStreamException {
    Collector c = new Collector();
    while (x.hasNext()) {
      int ev = x.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        c.start(x);
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        c.end(x.getLocalName());
      } else if (c.inText && (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.SPACE
          || ev == XMLStreamConstants.CDATA)) {
        c.text.append(x.getText());
      }
    }
    if (c.dct == null) {
      throw new BadInputException(name, "no DCT");
    }
    return new TimeMlDocument(name, c.text.toString(), c.dct, c.gold, c.events, c.links());
  }

  /** The state of one file's reading; used by one call of {@link #parse} only. */
  private static final class Collector {
    final StringBuilder text = new StringBuilder();
    final List<TimeMlDocument.Gold> gold = new ArrayList<>();
    final List<TimeMlDocument.Event> events = new ArrayList<>();
    final Map<String, String> eventOfInstance = new HashMap<>();
    final List<String[]> rawLinks = new ArrayList<>();
    LocalDate dct;
    boolean inText;
    boolean inDct;
    int start = -1;
    String id;
    String type;
    String value;
    boolean creation;

    void start(XMLStreamReader x) {
      switch (x.getLocalName()) {
        case "TEXT" -> inText = true;
        case "DCT" -> inDct = true;
        case "TIMEX3" -> {
          id = x.getAttributeValue(null, "tid");
          type = x.getAttributeValue(null, "type");
          value = x.getAttributeValue(null, "value");
          creation = "CREATION_TIME".equals(x.getAttributeValue(null, "functionInDocument"));
          if (inDct || (creation && dct == null)) {
            dct = LocalDate.parse(value.substring(0, 10));
          }
          start = text.length();
        }
        case "EVENT" -> {
          id = x.getAttributeValue(null, "eid");
          type = x.getAttributeValue(null, "class");
          start = text.length();
        }
        case "MAKEINSTANCE" -> eventOfInstance.put(x.getAttributeValue(null, "eiid"),
            x.getAttributeValue(null, "eventID"));
        case "TLINK" -> rawLinks.add(new String[] {x.getAttributeValue(null, "eventInstanceID"),
            x.getAttributeValue(null, "timeID"), x.getAttributeValue(null, "relatedToTime"),
            x.getAttributeValue(null, "relatedToEventInstance"), x.getAttributeValue(null, "relType")});
        default -> { }
      }
    }

    void end(String element) {
      switch (element) {
        case "TEXT" -> inText = false;
        case "DCT" -> inDct = false;
        case "TIMEX3" -> {
          if (inText && !creation) {
            Span span = new Span(start, text.length());
            gold.add(new TimeMlDocument.Gold(id, span, span.of(text), type, value));
          }
        }
        case "EVENT" -> {
          if (inText) {
            Span span = new Span(start, text.length());
            events.add(new TimeMlDocument.Event(id, span, span.of(text), type));
          }
        }
        default -> { }
      }
    }

    /** Event-time links with instances resolved to events, read from the event's side. */
    List<TimeMlDocument.EventTimeLink> links() {
      List<TimeMlDocument.EventTimeLink> out = new ArrayList<>();
      for (String[] l : rawLinks) {
        String relation = l[4];
        if (l[0] != null && l[2] != null && eventOfInstance.containsKey(l[0])) {
          out.add(new TimeMlDocument.EventTimeLink(eventOfInstance.get(l[0]), l[2], relation));
        } else if (l[1] != null && l[3] != null && eventOfInstance.containsKey(l[3])) {
          out.add(new TimeMlDocument.EventTimeLink(eventOfInstance.get(l[3]), l[1], inverse(relation)));
        }
      }
      return out;
    }
  }

  /** The relation read from the other side: "t BEFORE e" is "e AFTER t". Unknown names are kept. */
  static String inverse(String relation) {
    return switch (relation) {
      case "BEFORE" -> "AFTER";
      case "AFTER" -> "BEFORE";
      case "IBEFORE" -> "IAFTER";
      case "IAFTER" -> "IBEFORE";
      case "INCLUDES" -> "IS_INCLUDED";
      case "IS_INCLUDED" -> "INCLUDES";
      case "BEGINS" -> "BEGUN_BY";
      case "BEGUN_BY" -> "BEGINS";
      case "ENDS" -> "ENDED_BY";
      case "ENDED_BY" -> "ENDS";
      default -> relation;
    };
  }
}
