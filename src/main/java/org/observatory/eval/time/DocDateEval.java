package org.observatory.eval.time;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.observatory.extract.time.DocDateInference;
import org.observatory.nlp.Annotation;
import org.observatory.nlp.AnnotationRequest;
import org.observatory.nlp.Annotator;
import org.observatory.record.Published;

/**
 * Hides each TimeML file's DCT, infers the publication range from the text alone ({@link DocDateInference}) and
 * reports how often the range contains the true DCT and how wide the ranges are.
 */
public final class DocDateEval {

  private final Annotator annotator;
  private final TimeMlReader reader = new TimeMlReader();

  public DocDateEval(Annotator annotator) {
    this.annotator = annotator;
  }

  public DocDateReport run(Path dir) {
    List<String> rows = new ArrayList<>();
    List<Long> widths = new ArrayList<>();
    int contained = 0;
    int unknown = 0;
    List<Path> paths = reader.files(dir);
    for (Path p : paths) {
      TimeMlDocument doc = reader.read(p);
      Annotation a = annotator.annotate(new AnnotationRequest(doc.text(), null));
      Published pub = DocDateInference.infer(a);
      if (pub.earliest() == null || pub.latest() == null) {
        unknown++;
        rows.add(doc.name() + "\t" + doc.dct() + "\t-\t-\tno");
        continue;
      }
      LocalDate lo = LocalDate.parse(pub.earliest());
      LocalDate hi = LocalDate.parse(pub.latest());
      boolean in = !doc.dct().isBefore(lo) && !doc.dct().isAfter(hi);
      contained += in ? 1 : 0;
      widths.add(ChronoUnit.DAYS.between(lo, hi) + 1);
      rows.add(doc.name() + "\t" + doc.dct() + "\t" + lo + "\t" + hi + "\t" + (in ? "yes" : "no"));
    }
    return new DocDateReport(paths.size(), contained, unknown, median(widths), rows);
  }

  static double median(List<Long> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Long> s = values.stream().sorted().toList();
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2.0;
  }
}
