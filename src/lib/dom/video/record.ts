/**
 * Encodes frames into a WebM file in the browser, offline, with WebCodecs through mediabunny:
 * each frame is drawn on a canvas and added with its own time and duration, so the video is made
 * faster than it plays and keeps exact timing. (MediaRecorder records in real time and, on
 * machines without a GPU, silently records nothing above about 800×450.)
 */
import {
	BufferTarget,
	CanvasSource,
	canEncodeVideo,
	Output,
	QUALITY_HIGH,
	WebMOutputFormat
} from 'mediabunny';
import type { Size } from '$lib/present/export-name';
import { videoCodec, type VideoCodec } from '$lib/present/video-plan';

/** The codec this browser can encode at `size`, or null when it cannot make a WebM video. */
export async function codecFor(size: Size): Promise<VideoCodec | null> {
	if (typeof VideoEncoder === 'undefined') return null;
	const vp9 = await canEncodeVideo('vp9', size);
	const vp8 = vp9 || (await canEncodeVideo('vp8', size));
	return videoCodec((codec) => (codec === 'vp9' ? vp9 : vp8));
}

export interface Recording {
	size: Size;
	codec: VideoCodec;
	/** How long each frame stays in the video. */
	holdMs: number;
	/** Stops the recording; the promise then rejects with the signal's reason. */
	signal: AbortSignal;
	/** After each frame is encoded: how many are done. */
	onframe: (done: number) => void;
}

export async function recordFrames(
	frames: AsyncIterable<CanvasImageSource>,
	{ size, codec, holdMs, signal, onframe }: Recording
): Promise<Blob> {
	const canvas = new OffscreenCanvas(size.width, size.height);
	const context = canvas.getContext('2d')!;
	const output = new Output({ format: new WebMOutputFormat(), target: new BufferTarget() });
	// Every frame a key frame: a player can jump to any year at once.
	const source = new CanvasSource(canvas, { codec, bitrate: QUALITY_HIGH, keyFrameInterval: 0 });
	output.addVideoTrack(source);
	await output.start();
	try {
		let done = 0;
		for await (const image of frames) {
			signal.throwIfAborted();
			context.drawImage(image, 0, 0, size.width, size.height);
			await source.add((done * holdMs) / 1000, holdMs / 1000);
			onframe(++done);
		}
		signal.throwIfAborted();
		await output.finalize();
	} catch (error) {
		await output.cancel();
		throw error;
	}
	return new Blob([output.target.buffer!], { type: 'video/webm' });
}
