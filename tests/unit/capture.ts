import { Writable } from 'node:stream';

/** A stream that keeps what is written to it (a command's stdout or stderr in a test). */
export class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString('utf8');
    done();
  }
}
