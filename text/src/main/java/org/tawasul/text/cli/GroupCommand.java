package org.tawasul.text.cli;

import java.nio.file.Path;

/** {@code group}: near-duplicate groups of posts. */
final class GroupCommand {

  private GroupCommand() {}

  static String run(Path posts, Path out, double threshold) {
    throw new UnsupportedOperationException("group not yet available");
  }
}
