/** The scenes of chapter 3's diagram, in teaching order. */
export type HandshakeScene =
	'key-pairs' | 'paint-mixing' | 'real-agreement' | 'encrypt' | 'ratchet' | 'safety-number';

/** One state of the chapter 3 diagram. Reader-controlled switches live in the lab, not here. */
export interface HandshakeState {
	scene: HandshakeScene;
}
