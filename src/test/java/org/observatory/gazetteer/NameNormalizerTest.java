package org.observatory.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameNormalizerTest {

  @Test
  void diacriticsCaseAndAynMarksAreFolded() {
    assertThat(NameNormalizer.key("Sarāqib")).isEqualTo("saraqib");
    assertThat(NameNormalizer.key("Ma‘arrat al-Nu‘man")).isEqualTo(NameNormalizer.key("Maarrat an Numan"));
    assertThat(NameNormalizer.key("A'zaz")).isEqualTo(NameNormalizer.key("Azaz"));
  }

  @Test
  void arabicArticleVariantsShareOneKey() {
    String k = NameNormalizer.key("Abu al-Duhur");
    assertThat(NameNormalizer.key("Abu ad Duhur")).isEqualTo(k);
    assertThat(NameNormalizer.key("Abu ed-Duhur")).isEqualTo(k);
    assertThat(NameNormalizer.key("Deir ez-Zor")).isEqualTo(NameNormalizer.key("Deir al Zor"));
    assertThat(NameNormalizer.key("Ash-Sheikh Maskin")).isEqualTo(NameNormalizer.key("Sheikh Maskin"));
  }

  @Test
  void skeletonJoinsTransliterationVariants() {
    assertThat(NameNormalizer.skeleton("Kafr Nabl")).isEqualTo(NameNormalizer.skeleton("Kfar Nabl"))
        .isEqualTo(NameNormalizer.skeleton("Kafar Nabel"));
    assertThat(NameNormalizer.skeleton("Abu al-Duhur")).isEqualTo(NameNormalizer.skeleton("Abu az-Zuhur"))
        .isEqualTo(NameNormalizer.skeleton("Abul Thohur")).isEqualTo(NameNormalizer.skeleton("Abu Dhuhur"));
    assertThat(NameNormalizer.skeleton("Idlib")).isEqualTo(NameNormalizer.skeleton("Idleb"));
    assertThat(NameNormalizer.skeleton("Saraqib")).isEqualTo(NameNormalizer.skeleton("Saraqeb"));
  }

  @Test
  void skeletonKeepsDifferentNamesApart() {
    assertThat(NameNormalizer.skeleton("Aleppo")).isNotEqualTo(NameNormalizer.skeleton("Idlib"));
    assertThat(NameNormalizer.skeleton("Homs")).isNotEqualTo(NameNormalizer.skeleton("Hama"));
  }

  @Test
  void arabicScriptIsNormalisedAndLosesItsArticle() {
    assertThat(NameNormalizer.key("أبو الظهور")).isEqualTo(NameNormalizer.key("ابو الظهور"));
    assertThat(NameNormalizer.key("الحسكة")).isEqualTo(NameNormalizer.key("حسكه"));
  }

  @Test
  void hyphensDotsAndAbbreviationsAreNormalised() {
    assertThat(NameNormalizer.key("St. Cloud")).isEqualTo(NameNormalizer.key("Saint Cloud"));
    assertThat(NameNormalizer.key("Winston-Salem")).isEqualTo("winston salem");
    assertThat(NameNormalizer.key("U.S.")).isEqualTo("u s");
  }

  @Test
  void aLoneArticleWordIsKept() {
    assertThat(NameNormalizer.key("As")).isEqualTo("as");
    assertThat(NameNormalizer.key("")).isEmpty();
    assertThat(NameNormalizer.key(null)).isEmpty();
  }
}
