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
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
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
 * One HeidelTime 2.2.1 tagger: a {@code news} and a {@code narratives} engine and the CAS they fill, fed with our own
 * sentences, tokens and Penn tags (no TreeTagger, no HeidelTime-side Stanford tagger). NOT thread-safe: each
 * HeidelTime engine keeps per-document counters and flags in its fields and the CAS is reused, so one instance serves
 * one thread at a time ({@link HeidelTimeTagger} pools them).
 *
 * <p>What the engines share is loaded once per JVM and read-only afterwards, with two exceptions made safe here
 * (checked against the 2.2.1 bytecode): the per-language resource singletons ({@code RuleManager},
 * {@code RePatternManager}, {@code NormalizationManager}) are created by an unsynchronized check-then-put on a static
 * {@code HashMap}, so engines are only ever built under {@link #LOADING}; and the normalization tables
 * ({@code RegexHashMap}) write a cache on lookup, which {@link NormalizationCaches} makes synchronized before the
 * first document. {@link GuardedRules} rewrites the rule tables under the same lock before the first document; after
 * that HeidelTime only reads them ({@code Toolbox.sortByValue}, called per sentence, sorts a fresh copy of the keys).
 * HeidelTime's {@code Logger} flag is written by every {@code process} call, always with the value set here (no
 * debug output), so concurrent writes cannot change it.
 */
final class HeidelTimeEngine {

  private static final String TYPE_SYSTEM = "desc/type/HeidelTime_TypeSystem.xml";

  /** Guards every use of HeidelTime's static singletons: configuration, resource loading, table rewriting. */
  private static final Object LOADING = new Object();

  private final HeidelTime news;
  private final HeidelTime narratives;
  private final JCas jcas;

  private HeidelTimeEngine(HeidelTime news, HeidelTime narratives, JCas jcas) {
    this.news = news;
    this.narratives = narratives;
    this.jcas = jcas;
  }

  /**
   * Builds an engine; the first call of the JVM also loads HeidelTime's English resources and makes them safe to
   * share (about a second). Thread-safe (serialised on a JVM-wide lock).
   *
   * @throws PipelineException when HeidelTime cannot be initialised
   */
  static HeidelTimeEngine create() {
    synchronized (LOADING) {
      try {
        configure();
        HeidelTime news = engine(DocumentType.NEWS);
        HeidelTime narratives = engine(DocumentType.NARRATIVES);
        GuardedRules.install();
        NormalizationCaches.install();
        TypeSystemDescription types = UIMAFramework.getXMLParser().parseTypeSystemDescription(
            new XMLInputSource(HeidelTimeEngine.class.getClassLoader().getResource(TYPE_SYSTEM)));
        return new HeidelTimeEngine(news, narratives, CasCreationUtils.createCas(types, null, null).getJCas());
      } catch (PipelineException e) {
        throw e;
      } catch (Exception e) {
        throw new PipelineException("HeidelTime could not be initialised: " + e.getMessage(), e);
      }
    }
  }

  private static void configure() {
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

  /**
   * HeidelTime's TIMEX3 expressions over {@code text}, as mentions in our sentence numbering, sorted by span.
   *
   * @param documentDate the document date (news rules), or null (narrative rules)
   */
  List<TimexMention> tag(String text, Annotation annotation, LocalDate documentDate) {
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
