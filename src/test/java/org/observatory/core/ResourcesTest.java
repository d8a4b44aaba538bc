package org.observatory.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ResourcesTest {

  @Test
  void linesSkipBlanksAndCommentsAndKeepEmptyTrailingFields() {
    assertThat(Resources.lines(ResourcesTest.class, "resources-test.txt"))
        .containsExactly("alpha  ", "  beta\tgamma\t");
  }

  @Test
  void aMissingResourceIsAPackagingDefectNamingIt() {
    assertThatThrownBy(() -> Resources.text(ResourcesTest.class, "absent.txt"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("org/observatory/core/absent.txt");
  }
}
