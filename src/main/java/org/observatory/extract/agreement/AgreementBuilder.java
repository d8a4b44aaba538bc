package org.observatory.extract.agreement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.observatory.core.Provenance;
import org.observatory.core.Span;
import org.observatory.record.Agreement;
import org.observatory.record.DateValue;
import org.observatory.record.Obligation;

/** Accumulates what the sentences say about one agreement. Mutable; confined to one stage call. */
final class AgreementBuilder {

  final String name;
  final String kind;
  final int sentence;
  final Set<String> parties = new LinkedHashSet<>();
  final Set<String> brokers = new LinkedHashSet<>();
  final List<Obligation> obligations = new ArrayList<>();
  final List<Span> mentions = new ArrayList<>();
  DateValue signed;
  /** Expiry placed relative to a dated act ({@link ExpiryAnchor}), or null. */
  DateValue anchoredExpiry;
  Amount duration;
  String durationText;
  String partiesRule = "none";

  AgreementBuilder(AgreementMention first) {
    this.name = first.name();
    this.kind = first.kind();
    this.sentence = first.sentence();
  }

  void add(AgreementMention m, PartyReader.Reading r) {
    mentions.add(m.span());
    if (!r.parties().isEmpty() && parties.isEmpty()) {
      partiesRule = "own-sentence:" + m.sentence();
    }
    parties.addAll(r.parties());
    brokers.addAll(r.brokers());
    if (signed == null && r.signed() != null) {
      signed = r.signed();
    }
  }

  boolean compatible(String otherKind) {
    boolean fixedTerm = kind.equals("truce") || kind.equals("ceasefire");
    boolean otherFixed = otherKind.equals("truce") || otherKind.equals("ceasefire");
    return kind.equals(otherKind) || otherKind.equals("agreement") || fixedTerm && otherFixed;
  }

  Agreement build(String stage) {
    DateValue start = signed;
    DateValue expires = duration == null ? null
        : DeadlineMath.shift(signed, duration, 1, durationText, "duration").orElse(null);
    String rule = "head-noun:" + kind + "; parties:" + partiesRule;
    if (expires == null && anchoredExpiry != null) {
      expires = anchoredExpiry;
      rule += "; expires:" + ExpiryAnchor.RULE;
      if (start == null && duration != null) {
        start = DeadlineMath.shift(anchoredExpiry, duration, -1, durationText + " before its expiry", "event")
            .orElse(null);
        rule += start == null ? "" : "; signed:expiry-minus-duration";
      }
    }
    if (expires == null && duration != null) {
      expires = new DateValue(null, "unresolved", durationText, "duration", null, null);
    }
    return new Agreement(name, kind, List.copyOf(parties), List.copyOf(brokers), start, expires, obligations,
        Provenance.of(stage, rule, mentions.get(0)), duration == null ? null : duration.iso(), mentions);
  }
}
