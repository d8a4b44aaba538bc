package org.observatory.cli;

import org.observatory.core.BadInputException;
import org.observatory.core.ConfigException;
import org.observatory.core.DataMissingException;
import org.observatory.core.NotFoundException;
import org.observatory.core.PipelineException;
import org.observatory.core.StoreException;

/** The one mapping from errors to process exit codes. */
public final class ExitCodes {

  public static final int OK = 0;
  public static final int INTERNAL = 1;
  public static final int USAGE = 2;
  public static final int BAD_INPUT = 3;
  public static final int DATA_MISSING = 4;
  public static final int CONFIG = 5;
  public static final int STORE = 6;
  public static final int PIPELINE = 7;
  public static final int NOT_FOUND = 8;

  private ExitCodes() {}

  public static int of(Throwable t) {
    if (t instanceof BadInputException) {
      return BAD_INPUT;
    }
    if (t instanceof DataMissingException) {
      return DATA_MISSING;
    }
    if (t instanceof ConfigException) {
      return CONFIG;
    }
    if (t instanceof StoreException) {
      return STORE;
    }
    if (t instanceof PipelineException) {
      return PIPELINE;
    }
    if (t instanceof NotFoundException) {
      return NOT_FOUND;
    }
    return INTERNAL;
  }
}
