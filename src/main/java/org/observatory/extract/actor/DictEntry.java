package org.observatory.extract.actor;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One actor of the dictionary, as all its names point to it.
 *
 * @param canonical canonical name ("Turkey", "Recep Tayyip Erdogan"), never null
 * @param kind what it denotes, never null
 * @param roles CAMEO codes, dated or not, in file order; may be empty for descriptions
 * @param sector sector given explicitly by our own file, else null (then derived from the role's code)
 * @param country ISO alpha-3 country given explicitly by our own file, else null (then from the code)
 * @param tag a finer type used by descriptions ({@code monitor}, {@code outlet}), else null
 * @param source {@code cameo} or {@code extra}
 */
record DictEntry(String canonical, EntryKind kind, List<Role> roles, String sector, String country, String tag,
    String source) {

  DictEntry {
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(kind, "kind");
    roles = List.copyOf(roles);
  }

  /**
   * The code this actor holds on {@code date}: the dated role covering it, else the undated one, else the nearest
   * earlier role. With a null date: an open-ended ("current") role, else the undated one, else the last. Null when
   * the entry has no roles.
   */
  String codeOn(LocalDate date) {
    if (roles.isEmpty()) {
      return null;
    }
    if (date != null) {
      for (Role r : roles) {
        if (r.isDated() && r.covers(date)) {
          return r.code();
        }
      }
      return undated().orElseGet(() -> roles.stream()
          .filter(r -> r.from() != null && !r.from().isAfter(date))
          .max(Comparator.comparing(Role::from)).map(Role::code).orElse(roles.get(0).code()));
    }
    return roles.stream().filter(Role::isOpenEnded).map(Role::code).findFirst()
        .orElseGet(() -> undated().orElse(roles.get(roles.size() - 1).code()));
  }

  private java.util.Optional<String> undated() {
    return roles.stream().filter(r -> !r.isDated()).map(Role::code).findFirst();
  }

  /** The country on {@code date}: the explicit one, else the code's. */
  String countryOn(LocalDate date) {
    return country != null ? country : CameoCodes.country(codeOn(date));
  }

  /** The sector on {@code date}: the explicit one, else the code's. */
  String sectorOn(LocalDate date) {
    return sector != null ? sector : CameoCodes.sector(codeOn(date));
  }
}
