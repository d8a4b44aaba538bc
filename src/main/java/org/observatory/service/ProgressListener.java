package org.observatory.service;

/** Told of progress through a batch. Called from the thread running the batch. */
@FunctionalInterface
public interface ProgressListener {

  ProgressListener NONE = (done, total, origin) -> { };

  /**
   * @param done items finished so far (analysed, stored or failed)
   * @param total items in the batch
   * @param origin the item just finished
   */
  void progress(int done, int total, String origin);
}
