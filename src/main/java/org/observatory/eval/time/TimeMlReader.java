package org.observatory.eval.time;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.observatory.core.BadInputException;
import org.observatory.core.Span;

/** Reads TimeML ({@code .tml}) files: the TEXT element as plain text with TIMEX3 offsets, and the DCT. */
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
    StringBuilder text = new StringBuilder();
    List<TimeMlDocument.Gold> gold = new ArrayList<>();
    LocalDate dct = null;
    boolean inText = false;
    boolean inDct = false;
    int timexStart = -1;
    String type = null;
    String value = null;
    boolean creation = false;
    while (x.hasNext()) {
      int ev = x.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        String el = x.getLocalName();
        if (el.equals("TEXT")) {
          inText = true;
        } else if (el.equals("DCT")) {
          inDct = true;
        } else if (el.equals("TIMEX3")) {
          type = x.getAttributeValue(null, "type");
          value = x.getAttributeValue(null, "value");
          creation = "CREATION_TIME".equals(x.getAttributeValue(null, "functionInDocument"));
          if (inDct || (creation && dct == null)) {
            dct = LocalDate.parse(value.substring(0, 10));
          }
          timexStart = text.length();
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        String el = x.getLocalName();
        if (el.equals("TEXT")) {
          inText = false;
        } else if (el.equals("DCT")) {
          inDct = false;
        } else if (el.equals("TIMEX3") && inText && !creation) {
          Span span = new Span(timexStart, text.length());
          gold.add(new TimeMlDocument.Gold(span, span.of(text), type, value));
        }
      } else if (inText && (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.SPACE
          || ev == XMLStreamConstants.CDATA)) {
        text.append(x.getText());
      }
    }
    if (dct == null) {
      throw new BadInputException(name, "no DCT");
    }
    return new TimeMlDocument(name, text.toString(), dct, gold);
  }
}
