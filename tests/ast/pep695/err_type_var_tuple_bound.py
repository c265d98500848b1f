class C[*Ts: int]: pass
