package org.observatory.gazetteer;

import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;

/** Maps a {@link GazetteerEntry} to and from a Lucene document. Stateless. */
final class EntryCodec {

  static final String KEY = "key";
  private static final char SEP = '\u001f';

  private EntryCodec() {}

  static Document encode(GazetteerEntry e) {
    Document d = new Document();
    d.add(new StringField("id", e.id(), Field.Store.YES));
    d.add(new StoredField("gid", e.geonamesId() == null ? -1L : e.geonamesId()));
    d.add(new StoredField("name", e.name()));
    d.add(new StoredField("ascii", e.asciiName()));
    d.add(new StoredField("alts", String.join(String.valueOf(SEP), e.alternateNames())));
    d.add(new StoredField("lat", e.lat()));
    d.add(new StoredField("lon", e.lon()));
    d.add(new StoredField("fc", e.featureClass()));
    d.add(new StoredField("fcode", e.featureCode()));
    d.add(new StoredField("cc", e.country()));
    d.add(new StoredField("a1", e.admin1Code()));
    d.add(new StoredField("a1n", e.admin1Name()));
    d.add(new StoredField("a2", e.admin2()));
    d.add(new StoredField("pop", e.population()));
    d.add(new StoredField("src", e.source()));
    NameKeys keys = NameKeys.of(e);
    for (String k : keys.keys()) {
      d.add(new StringField(KEY, k, Field.Store.NO));
    }
    d.add(new StoredField("keys", String.join(String.valueOf(SEP), keys.keys())));
    d.add(new StoredField("skels", String.join(String.valueOf(SEP), keys.skeletons())));
    return d;
  }

  /** The stored name keys of a document. */
  static NameKeys keys(Document d) {
    return new NameKeys(split(d.get("keys")), split(d.get("skels")));
  }

  private static List<String> split(String joined) {
    return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(String.valueOf(SEP)));
  }

  static GazetteerEntry decode(Document d) {
    long gid = d.getField("gid").numericValue().longValue();
    List<String> altList = split(d.get("alts"));
    return new GazetteerEntry(d.get("id"), gid < 0 ? null : gid, d.get("name"), d.get("ascii"), altList,
        d.getField("lat").numericValue().doubleValue(), d.getField("lon").numericValue().doubleValue(),
        d.get("fc"), d.get("fcode"), d.get("cc"), d.get("a1"), d.get("a1n"), d.get("a2"),
        d.getField("pop").numericValue().longValue(), d.get("src"));
  }
}
