package org.observatory.gazetteer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;

/**
 * Maps a {@link GazetteerEntry} and its {@link NameKeys} to a Lucene document: indexed {@code id} and {@code key}
 * terms for search, a few stored fields for inspection, and one compact binary doc value ({@code rec}) that
 * {@link Gazetteer#open} reads sequentially at start-up. Stateless.
 */
final class EntryCodec {

  static final String KEY = "key";
  static final String REC = "rec";

  /**
   * An entry with its keys.
   *
   * @param entry the entry
   * @param keys its keys
   */
  record Decoded(GazetteerEntry entry, NameKeys keys) {}

  private EntryCodec() {}

  static Document encode(GazetteerEntry e) {
    NameKeys keys = NameKeys.of(e);
    Document d = new Document();
    d.add(new StringField("id", e.id(), Field.Store.YES));
    d.add(new StoredField("name", e.name()));
    for (String k : keys.keys()) {
      d.add(new StringField(KEY, k, Field.Store.NO));
    }
    d.add(new BinaryDocValuesField(REC, new BytesRef(bytes(e, keys))));
    return d;
  }

  static byte[] bytes(GazetteerEntry e, NameKeys keys) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream(256);
    try (DataOutputStream out = new DataOutputStream(buf)) {
      out.writeUTF(e.id());
      out.writeLong(e.geonamesId() == null ? -1L : e.geonamesId());
      for (String s : List.of(e.name(), e.asciiName(), e.featureClass(), e.featureCode(), e.country(),
          e.admin1Code(), e.admin1Name(), e.admin2(), e.source())) {
        out.writeUTF(s);
      }
      out.writeDouble(e.lat());
      out.writeDouble(e.lon());
      out.writeLong(e.population());
      writeList(out, e.alternateNames());
      writeList(out, keys.keys());
      writeList(out, keys.skeletons());
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return buf.toByteArray();
  }

  static Decoded decode(BytesRef ref) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(ref.bytes, ref.offset, ref.length))) {
      String id = in.readUTF();
      long gid = in.readLong();
      String[] s = new String[9];
      for (int i = 0; i < s.length; i++) {
        s[i] = in.readUTF();
      }
      double lat = in.readDouble();
      double lon = in.readDouble();
      long pop = in.readLong();
      List<String> alts = readList(in);
      GazetteerEntry e = new GazetteerEntry(id, gid < 0 ? null : gid, s[0], s[1], alts, lat, lon, s[2], s[3], s[4],
          s[5], s[6], s[7], pop, s[8]);
      return new Decoded(e, new NameKeys(readList(in), readList(in)));
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static void writeList(DataOutputStream out, List<String> l) throws IOException {
    out.writeShort(l.size());
    for (String s : l) {
      out.writeUTF(s);
    }
  }

  private static List<String> readList(DataInputStream in) throws IOException {
    int n = in.readShort();
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(in.readUTF());
    }
    return out;
  }
}
