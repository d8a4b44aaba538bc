package org.observatory.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.observatory.core.Span;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.AnnotationRequest;
import org.observatory.nlp.Annotator;
import org.observatory.nlp.Dependency;
import org.observatory.nlp.EntityMention;
import org.observatory.nlp.Sentence;
import org.observatory.nlp.TimexMention;
import org.observatory.nlp.Token;

/**
 * {@link Annotator} backed by Stanford CoreNLP 4.5 (tokenize, ssplit, pos, lemma, ner with SUTime, depparse).
 * Loading takes tens of seconds and a few GB of heap; build one instance per process. Thread-safe: CoreNLP's
 * annotators are, and this class keeps no mutable state.
 */
public final class CoreNlpAnnotator implements Annotator {

  private static final Set<String> TIMEX_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

  private final StanfordCoreNLP pipeline;
  private final CoreNlpOptions options;

  public CoreNlpAnnotator(CoreNlpOptions options) {
    this.options = options;
    this.pipeline = new StanfordCoreNLP(properties(options));
  }

  static Properties properties(CoreNlpOptions options) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner" + (options.parse() ? ",depparse" : ""));
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("tokenize.options", "untokenizable=noneKeep,normalizeParentheses=false,normalizeOtherBrackets=false");
    p.setProperty("ner.useSUTime", Boolean.toString(options.sutime()));
    p.setProperty("ner.applyFineGrained", Boolean.toString(options.fineGrainedNer()));
    p.setProperty("ner.applyNumericClassifiers", "true");
    p.setProperty("sutime.includeRange", "true");
    p.setProperty("sutime.markTimeRanges", "false");
    p.setProperty("depparse.extradependencies", "MAXIMAL");
    return p;
  }

  @Override
  public Annotation annotate(AnnotationRequest request) {
    CoreDocument doc = new CoreDocument(request.text());
    if (request.referenceDate() != null) {
      doc.annotation().set(CoreAnnotations.DocDateAnnotation.class, request.referenceDate().toString());
    }
    pipeline.annotate(doc);
    List<Sentence> sentences = new ArrayList<>();
    List<CoreSentence> coreSentences = doc.sentences();
    for (int i = 0; i < coreSentences.size(); i++) {
      sentences.add(sentence(i, coreSentences.get(i)));
    }
    List<EntityMention> entities = new ArrayList<>();
    List<TimexMention> timexes = new ArrayList<>();
    for (int i = 0; i < coreSentences.size(); i++) {
      List<CoreEntityMention> mentions = coreSentences.get(i).entityMentions();
      if (mentions == null) {
        continue;
      }
      for (CoreEntityMention m : mentions) {
        Span span = new Span(m.charOffsets().first(), m.charOffsets().second());
        entities.add(new EntityMention(span, m.text(), m.entityType(), i));
        if (TIMEX_TYPES.contains(m.entityType())) {
          Timex timex = m.coreMap().get(TimeAnnotations.TimexAnnotation.class);
          if (timex != null) {
            timexes.add(new TimexMention(span, m.text(), timex.timexType(), timex.value(), i));
          }
        }
      }
    }
    return new Annotation(sentences, entities, timexes);
  }

  private static Sentence sentence(int index, CoreSentence s) {
    List<CoreLabel> labels = s.tokens();
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int t = 0; t < labels.size(); t++) {
      CoreLabel l = labels.get(t);
      tokens.add(new Token(t, l.originalText() != null ? l.originalText() : l.word(),
          new Span(l.beginPosition(), l.endPosition()), nz(l.tag()), nz(l.lemma()), l.ner() == null ? "O" : l.ner()));
    }
    Span span = new Span(labels.get(0).beginPosition(), labels.get(labels.size() - 1).endPosition());
    return new Sentence(index, span, tokens, dependencies(s.dependencyParse()));
  }

  private static List<Dependency> dependencies(SemanticGraph graph) {
    if (graph == null) {
      return List.of();
    }
    List<Dependency> out = new ArrayList<>();
    for (IndexedWord root : graph.getRoots()) {
      out.add(new Dependency("root", -1, root.index() - 1));
    }
    for (SemanticGraphEdge e : graph.edgeListSorted()) {
      out.add(new Dependency(e.getRelation().toString(), e.getGovernor().index() - 1, e.getDependent().index() - 1));
    }
    return out;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  @Override
  public String describe() {
    return "corenlp-4.5.10" + (options.parse() ? "+depparse" : "") + (options.sutime() ? "+sutime" : "");
  }
}
