package org.observatory.extract.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Document-level resolution over the drafts of all sentences, in text order: surname-only person mentions take
 * the identity of a fuller mention of the same surname (earlier first, else later); a person's title found once
 * applies to all its mentions; descriptions ("the war monitor group") take the identity of the nearest named actor
 * with the same tag (earlier first, else later) and are dropped when there is none; a definite country-less agent
 * or unit noun ("the column", "the troops") takes the identity of the last earlier identified mention with the same
 * head noun ("a new column of military forces" brought by Turkey), else stays generic ("the column" with no
 * antecedent is dropped: it is no agent noun by itself). Civilian nouns ("the children") never refer back: the
 * same article often speaks of civilians of several countries. Stateless.
 */
final class DocumentResolver {

  private DocumentResolver() {}

  static List<Draft> resolve(List<Draft> drafts) {
    List<Draft> out = new ArrayList<>(drafts.size());
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      if (d.definite() && d.head() != null && !d.identified() && !"civilian".equals(d.sector())) {
        Draft antecedent = lastWithHead(out, d.head());
        if (antecedent != null) {
          out.add(d.resolvedTo(antecedent, "coreference:" + d.head()));
        } else if (d.kind() != EntryKind.DESCRIPTION) {
          out.add(d);
        }
      } else if (d.kind() == EntryKind.DESCRIPTION) {
        Draft target = nearestTagged(drafts, i, d.tag());
        if (target != null) {
          out.add(d.resolvedTo(target, "description:" + d.tag()));
        }
      } else if (d.kind() == EntryKind.PERSON) {
        out.add(fullerName(drafts, i));
      } else {
        out.add(d);
      }
    }
    return titles(out);
  }

  private static Draft lastWithHead(List<Draft> earlier, String head) {
    for (int j = earlier.size() - 1; j >= 0; j--) {
      Draft o = earlier.get(j);
      if (head.equals(o.head()) && o.identified()) {
        return o;
      }
    }
    return null;
  }

  private static Draft nearestTagged(List<Draft> drafts, int i, String tag) {
    for (int j = i - 1; j >= 0; j--) {
      Draft o = drafts.get(j);
      if (o.kind() != EntryKind.DESCRIPTION && tag != null && tag.equals(o.tag())) {
        return o;
      }
    }
    for (int j = i + 1; j < drafts.size(); j++) {
      Draft o = drafts.get(j);
      if (o.kind() != EntryKind.DESCRIPTION && tag != null && tag.equals(o.tag())) {
        return o;
      }
    }
    return null;
  }

  private static Draft fullerName(List<Draft> drafts, int i) {
    Draft d = drafts.get(i);
    if (d.surname() == null) {
      return d;
    }
    int words = d.canonical().split(" ").length;
    Draft best = null;
    for (int j = 0; j < drafts.size(); j++) {
      Draft o = drafts.get(j);
      boolean fuller = o.kind() == EntryKind.PERSON && d.surname().equals(o.surname())
          && o.canonical().split(" ").length > words && (!d.fromDictionary() || !o.fromDictionary());
      if (fuller && (best == null || j < i)) {
        best = o;
        if (j < i) {
          break;
        }
      }
    }
    return best == null ? d : d.resolvedTo(best, "surname");
  }

  private static List<Draft> titles(List<Draft> drafts) {
    Map<String, String> first = new HashMap<>();
    for (Draft d : drafts) {
      if (d.kind() == EntryKind.PERSON && d.title() != null) {
        first.putIfAbsent(d.canonical(), d.title());
      }
    }
    List<Draft> out = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      out.add(d.kind() == EntryKind.PERSON && d.title() == null && first.containsKey(d.canonical())
          ? d.withTitle(first.get(d.canonical())) : d);
    }
    return out;
  }
}
