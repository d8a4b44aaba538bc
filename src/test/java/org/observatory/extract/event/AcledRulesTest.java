package org.observatory.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AcledRulesTest {

  private static final AcledRules RULES = AcledRules.builtIn();

  private static String label(PloverType type, String lemmas) {
    return RULES.choose(type, List.of(lemmas.split(" "))).map(AcledRules.Rule::label).orElse("NONE");
  }

  @Test
  void aTroopDeploymentWithoutViolenceIsAChangeToGroupActivity() {
    assertThat(label(PloverType.MOBILIZE, "a large number of force have be dispatch to the province"))
        .isEqualTo("CHANGE_TO_GROUP_ACT");
  }

  @Test
  void aTroopMovementInASentenceOfFightingIsNoChangeToGroupActivity() {
    assertThat(label(PloverType.MOBILIZE, "troop be deploy after the clash kill ten")).isEqualTo("NONE");
  }

  @Test
  void enteringATownWithoutResistanceIsANonViolentTransferOfTerritory() {
    assertThat(label(PloverType.MOBILIZE, "the fighter enter the town and have not encounter any resistance"))
        .isEqualTo("NON_VIOL_TERRIT_TRANSFER");
  }

  @Test
  void chlorineDroppedIsAChemicalWeaponButChlorineSeizedIsNot() {
    assertThat(label(PloverType.COERCE, "chlorine munition be drop on the city")).isEqualTo("CHEM_WEAP");
    assertThat(label(PloverType.COERCE, "police seize chlorine")).isNotEqualTo("CHEM_WEAP");
  }

  @Test
  void lethalForceAgainstAProtestIsExcessiveForceBeforeCrowdControl() {
    assertThat(label(PloverType.COERCE, "the authority violently suppress the protest with tear gas"))
        .isEqualTo("FORCE_AGAINST_PROTEST");
  }

  @Test
  void destructionIsReplaceableOnlyByWeaponRules() {
    assertThat(RULES.isDestruction("PROPERTY_DISTRUCT")).isTrue();
    assertThat(RULES.choose(PloverType.ASSAULT, List.of("airstrike", "destroy", "clinic"))
        .filter(RULES::isWeapon).map(AcledRules.Rule::label)).contains("AIR_STRIKE");
    assertThat(RULES.choose(PloverType.ASSAULT, List.of("troop", "fight")).filter(RULES::isWeapon)).isEmpty();
  }
}
