package org.observatory.extract.attribution;

/** Kinds of source a text can name, nearest to the content first, with the role each takes in a chain. */
enum SourceKind {
  SPEAKER("speaker"), SOURCE("source"), MONITOR("monitor"), OUTLET("cited-outlet");

  private final String role;

  SourceKind(String role) {
    this.role = role;
  }

  String role() {
    return role;
  }
}
