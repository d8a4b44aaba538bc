package org.observatory.eval.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.observatory.config.DataPaths;
import org.observatory.extract.event.PloverType;

/** Loads the gold sets from the shared data directory. */
public final class GoldSets {

  public static final String PLOVER = "events/plover-gsr/PLOVER_GSR_CAMEO.json";
  public static final String CASE = "events/case2021-task2/test_set_final_release_with_labels.tsv";

  private GoldSets() {}

  /**
   * PLOVER gold records whose type is one of today's 16 (draft names mapped: DEMAND = REQUEST, DISAPPROVE =
   * ACCUSE, FIGHT = ASSAULT). Records of other types (INVESTIGATE, the DOCUMENT header) are left out.
   */
  public static List<GoldItem> plover(Path dataDir) {
    Path file = DataPaths.require(dataDir, PLOVER);
    List<GoldItem> out = new ArrayList<>();
    try {
      for (JsonNode r : new ObjectMapper().readTree(file.toFile())) {
        Optional<PloverType> t = PloverType.parse(r.path("event").asText());
        if (t.isEmpty() || r.path("text").asText().isBlank()) {
          continue;
        }
        out.add(new GoldItem(r.path("id").asText(), r.path("text").asText(), t.get().name(),
            r.path("eventText").asText(""), actors(r.path("source")), actors(r.path("target"))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Number of PLOVER records left out because their type is not one of the 16. */
  public static int ploverExcluded(Path dataDir) {
    Path file = DataPaths.require(dataDir, PLOVER);
    try {
      int n = 0;
      for (JsonNode r : new ObjectMapper().readTree(file.toFile())) {
        n += PloverType.parse(r.path("event").asText()).isEmpty() ? 1 : 0;
      }
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> actors(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node.isArray()) {
      for (JsonNode a : node) {
        String t = a.path("actorText").asText("");
        if (!t.isBlank()) {
          out.add(t);
        }
      }
    }
    return out;
  }

  /**
   * One half of a gold set: {@code dev} (items whose id hashes to an odd number), {@code test} (even) or
   * {@code all}. Rules are tuned by looking at dev errors only; test is reported as held apart.
   */
  public static List<GoldItem> split(List<GoldItem> items, String which) {
    if (which.equals("all")) {
      return items;
    }
    int want = which.equals("dev") ? 1 : 0;
    return items.stream().filter(i -> Math.floorMod(i.id().hashCode(), 2) == want).toList();
  }

  /** All CASE 2021 task 2 snippets with their labels (all 30; the evaluation picks the in-scope ones). */
  public static List<GoldItem> caseTask2(Path dataDir) {
    Path file = DataPaths.require(dataDir, CASE);
    List<GoldItem> out = new ArrayList<>();
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (String line : lines.subList(1, lines.size())) {
        String[] c = line.split("\t", -1);
        if (c.length >= 3) {
          out.add(new GoldItem(c[0], c[1], c[2].trim(), "", List.of(), List.of()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
