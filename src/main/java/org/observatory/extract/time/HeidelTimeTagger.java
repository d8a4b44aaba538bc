package org.observatory.extract.time;

import de.unihd.dbs.heideltime.standalone.Config;
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.components.impl.UimaContextImpl;
import de.unihd.dbs.uima.annotator.heideltime.HeidelTime;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import de.unihd.dbs.uima.types.heideltime.Dct;
import de.unihd.dbs.uima.types.heideltime.Timex3;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.uima.UIMAFramework;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;
import org.observatory.core.PipelineException;
import org.observatory.core.Span;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.TimexMention;
import org.observatory.nlp.Token;

/**
 * HeidelTime 2.2.1 as a candidate tagger, fed with our own sentences, tokens and Penn tags (no TreeTagger, no
 * HeidelTime-side Stanford tagger). With a document date it runs HeidelTime's {@code news} rules, without one its
 * {@code narratives} rules (relative expressions anchored to dates in the text, never to the clock). HeidelTime keeps
 * per-document state and this class reuses one CAS, so {@link #tag} is synchronized: thread-safe, but serial.
 */
final class HeidelTimeTagger {

  private static final String TYPE_SYSTEM = "desc/type/HeidelTime_TypeSystem.xml";

  private final HeidelTime news;
  private final HeidelTime narratives;
  private final JCas jcas;

  HeidelTimeTagger() {
    try {
      configure();
      news = engine(DocumentType.NEWS);
      narratives = engine(DocumentType.NARRATIVES);
      GuardedRules.install();
      TypeSystemDescription types = UIMAFramework.getXMLParser().parseTypeSystemDescription(
          new XMLInputSource(HeidelTimeTagger.class.getClassLoader().getResource(TYPE_SYSTEM)));
      jcas = CasCreationUtils.createCas(types, null, null).getJCas();
    } catch (Exception e) {
      throw new PipelineException("HeidelTime could not be initialised: " + e.getMessage(), e);
    }
  }

  private static synchronized void configure() {
    if (Config.isInitialized()) {
      return;
    }
    Properties p = new Properties();
    p.setProperty(Config.CONSIDER_DATE, "true");
    p.setProperty(Config.CONSIDER_DURATION, "true");
    p.setProperty(Config.CONSIDER_SET, "true");
    p.setProperty(Config.CONSIDER_TIME, "true");
    p.setProperty(Config.CONSIDER_TEMPONYM, "false");
    p.setProperty(Config.UIMAVAR_TEMPONYM, "Temponym");
    p.setProperty(Config.DEBUG, "false");
    p.setProperty(Config.TYPESYSTEMHOME, TYPE_SYSTEM);
    p.setProperty(Config.UIMAVAR_DATE, "Date");
    p.setProperty(Config.UIMAVAR_DURATION, "Duration");
    p.setProperty(Config.UIMAVAR_LANGUAGE, "Language");
    p.setProperty(Config.UIMAVAR_SET, "Set");
    p.setProperty(Config.UIMAVAR_TIME, "Time");
    p.setProperty(Config.UIMAVAR_TYPETOPROCESS, "Type");
    Config.setProps(p);
  }

  private static HeidelTime engine(DocumentType type) throws ResourceInitializationException {
    HeidelTime h = new HeidelTime();
    h.initialize(new UimaContextImpl(Language.ENGLISH, type, false));
    return h;
  }

  /** HeidelTime's TIMEX3 expressions over {@code text}, as mentions in our sentence numbering. */
  synchronized List<TimexMention> tag(String text, Annotation annotation, LocalDate documentDate) {
    try {
      jcas.reset();
      jcas.setDocumentText(text);
      fill(jcas, annotation);
      if (documentDate != null) {
        Dct dct = new Dct(jcas);
        dct.setValue(documentDate.toString().replace('-', '.') + "T00:00");
        dct.addToIndexes();
      }
      (documentDate != null ? news : narratives).process(jcas);
      return mentions(jcas, annotation);
    } catch (Exception e) {
      throw new PipelineException("HeidelTime failed: " + e.getMessage(), e);
    }
  }

  private static void fill(JCas jcas, Annotation annotation) {
    int tokenId = 0;
    for (Sentence s : annotation.sentences()) {
      de.unihd.dbs.uima.types.heideltime.Sentence hs =
          new de.unihd.dbs.uima.types.heideltime.Sentence(jcas, s.span().start(), s.span().end());
      hs.setSentenceId(s.index());
      hs.addToIndexes();
      for (Token t : s.tokens()) {
        de.unihd.dbs.uima.types.heideltime.Token ht =
            new de.unihd.dbs.uima.types.heideltime.Token(jcas, t.span().start(), t.span().end());
        ht.setPos(t.pos());
        ht.setTokenId(tokenId++);
        ht.setSentId(s.index());
        ht.addToIndexes();
      }
    }
  }

  private static List<TimexMention> mentions(JCas jcas, Annotation annotation) {
    List<TimexMention> out = new ArrayList<>();
    for (org.apache.uima.jcas.tcas.Annotation a : jcas.getAnnotationIndex(Timex3.type)) {
      Timex3 t = (Timex3) a;
      Span span = new Span(t.getBegin(), t.getEnd());
      int sentence = annotation.sentenceOf(span).map(Sentence::index).orElse(0);
      out.add(new TimexMention(span, t.getCoveredText(), t.getTimexType(), t.getTimexValue(), sentence));
    }
    out.sort((x, y) -> x.span().compareTo(y.span()));
    return List.copyOf(out);
  }
}
