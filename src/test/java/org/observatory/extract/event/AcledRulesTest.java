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
    assertThat(label(PloverType.MOBILIZE, "the army dispatch two battalion to the border"))
        .isEqualTo("CHANGE_TO_GROUP_ACT");
  }

  @Test
  void aTroopMovementInASentenceOfFightingIsNoChangeToGroupActivity() {
    assertThat(label(PloverType.MOBILIZE, "troop be deploy after the clash kill ten")).isEqualTo("NONE");
  }

  @Test
  void enteringATownWithoutResistanceIsANonViolentTransferOfTerritory() {
    assertThat(label(PloverType.MOBILIZE, "rebel enter the city without resistance"))
        .isEqualTo("NON_VIOL_TERRIT_TRANSFER");
  }

  @Test
  void enteringATownTheOtherSideLeftIsATransferButNotWhenItWasShelledFirst() {
    assertThat(label(PloverType.MOBILIZE, "the army enter the city after the rebel withdraw"))
        .isEqualTo("NON_VIOL_TERRIT_TRANSFER");
    assertThat(label(PloverType.MOBILIZE, "the army enter the city after shelling force the rebel to withdraw"))
        .isNotEqualTo("NON_VIOL_TERRIT_TRANSFER");
  }

  @Test
  void withdrawingAndLeavingATownToAnotherForceIsATransfer() {
    assertThat(label(PloverType.RETREAT, "the militia withdraw from the town leave it to the army"))
        .isEqualTo("NON_VIOL_TERRIT_TRANSFER");
    assertThat(label(PloverType.RETREAT, "the militia withdraw from the front line"))
        .isEqualTo("CHANGE_TO_GROUP_ACT");
  }

  @Test
  void chlorineDroppedIsAChemicalWeaponButChlorineSeizedIsNot() {
    assertThat(label(PloverType.COERCE, "helicopter drop chlorine on a suburb")).isEqualTo("CHEM_WEAP");
    assertThat(label(PloverType.COERCE, "police seize chlorine")).isNotEqualTo("CHEM_WEAP");
  }

  @Test
  void lethalForceAgainstAProtestIsExcessiveForceBeforeCrowdControl() {
    assertThat(label(PloverType.COERCE, "police violently break up the protest with tear gas"))
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
