package parser

import plexer "github.com/alecthomas/participle/v2/lexer"

// The statement grammar, in participle's struct-tag notation. These grammar
// structs are private: convert.go turns them into the AST of ast.go.
// Expressions and other leaves come from the hand-written hooks (x* types,
// see parser.go). Every Pos/EndPos Offset is a token index (see sliceLexer).

type gModule struct {
	Stmts []*gStmt `parser:"Newline* ( @@ Newline* )*"`
}

type gStmt struct {
	Compound *gCompound   `parser:"  @@"`
	Simple   *gSimpleLine `parser:"| @@"`
}

type gSimpleLine struct {
	Stmts []*gSmall `parser:"@@ ( \";\" @@? )* Newline"`
}

type gSmall struct {
	Pos    plexer.Position
	EndPos plexer.Position

	Kw     string     `parser:"(  @( \"pass\" | \"break\" | \"continue\" )"`
	Return *gReturn   `parser:" | @@"`
	Raise  *gRaise    `parser:" | @@"`
	Names  *gNames    `parser:" | @@"`
	Del    *gDel      `parser:" | @@"`
	Assert *gAssert   `parser:" | @@"`
	Import *gImport   `parser:" | @@"`
	From   *gFrom     `parser:" | @@"`
	Expr   *gExprStmt `parser:" | @@ )"`
}

type gReturn struct {
	Kw    string     `parser:"@\"return\""`
	Value xStarExprs `parser:"@@?"`
}

type gRaise struct {
	Kw    string `parser:"@\"raise\""`
	Exc   xTest  `parser:"( @@"`
	Cause xTest  `parser:"  ( \"from\" @@ )? )?"`
}

type gNames struct {
	Kw    string  `parser:"@( \"global\" | \"nonlocal\" )"`
	Names []xName `parser:"@@ ( \",\" @@ )*"`
}

type gDel struct {
	Kw      string      `parser:"@\"del\""`
	Targets xDelTargets `parser:"@@"`
}

type gAssert struct {
	Kw   string `parser:"@\"assert\""`
	Test xTest  `parser:"@@"`
	Msg  xTest  `parser:"( \",\" @@ )?"`
}

type gImport struct {
	Kw    string      `parser:"@\"import\""`
	Names []xDottedAs `parser:"@@ ( \",\" @@ )*"`
}

type gFrom struct {
	Kw     string   `parser:"@\"from\""`
	Dots   []string `parser:"@( \".\" | \"...\" )*"`
	Module xDotted  `parser:"@@? \"import\""`
	Star   bool     `parser:"( @\"*\""`
	Names  []xAlias `parser:"  | \"(\" @@ ( \",\" @@? )* \")\" | @@ ( \",\" @@ )* )"`
}

type gExprStmt struct {
	First    xStarExprs   `parser:"@@"`
	AugOp    string       `parser:"( @( \"+=\" | \"-=\" | \"*=\" | \"/=\" | \"//=\" | \"%=\" | \"@=\" | \"&=\" | \"|=\" | \"^=\" | \">>=\" | \"<<=\" | \"**=\" )"`
	AugValue xStarExprs   `parser:"  @@"`
	Ann      xTest        `parser:"| \":\" @@"`
	AnnValue xStarExprs   `parser:"  ( \"=\" @@ )?"`
	Values   []xStarExprs `parser:"| ( \"=\" @@ )+ )?"`
}

type gCompound struct {
	If        *gIf        `parser:"  @@"`
	While     *gWhile     `parser:"| @@"`
	For       *gFor       `parser:"| @@"`
	Try       *gTry       `parser:"| @@"`
	With      *gWith      `parser:"| @@"`
	Def       *gDef       `parser:"| @@"`
	Class     *gClass     `parser:"| @@"`
	Async     *gAsync     `parser:"| @@"`
	Decorated *gDecorated `parser:"| @@"`
}

type gAsync struct {
	Pos  plexer.Position
	Kw   string `parser:"@\"async\""`
	Def  *gDef  `parser:"( @@"`
	For  *gFor  `parser:"| @@"`
	With *gWith `parser:"| @@ )"`
}

type gDecorated struct {
	Pos        plexer.Position
	Decorators []*gDecorator `parser:"@@+"`
	Def        *gDef         `parser:"( @@"`
	Class      *gClass       `parser:"| @@"`
	Async      *gDef         `parser:"| \"async\" @@ )"`
}

type gDecorator struct {
	Expr xTest `parser:"\"@\" @@ Newline"`
}

type gIf struct {
	Pos   plexer.Position
	Test  xTest    `parser:"\"if\" @@ \":\""`
	Body  *gBlock  `parser:"@@"`
	Elifs []*gElif `parser:"@@*"`
	Else  *gBlock  `parser:"( \"else\" \":\" @@ )?"`
}

type gElif struct {
	Pos  plexer.Position
	Test xTest   `parser:"\"elif\" @@ \":\""`
	Body *gBlock `parser:"@@"`
}

type gWhile struct {
	Pos  plexer.Position
	Test xTest   `parser:"\"while\" @@ \":\""`
	Body *gBlock `parser:"@@"`
	Else *gBlock `parser:"( \"else\" \":\" @@ )?"`
}

type gFor struct {
	Pos    plexer.Position
	Target xTargets   `parser:"\"for\" @@ \"in\""`
	Iter   xStarExprs `parser:"@@ \":\""`
	Body   *gBlock    `parser:"@@"`
	Else   *gBlock    `parser:"( \"else\" \":\" @@ )?"`
}

type gTry struct {
	Pos      plexer.Position
	Body     *gBlock    `parser:"\"try\" \":\" @@"`
	Handlers []*gExcept `parser:"@@*"`
	Else     *gBlock    `parser:"( \"else\" \":\" @@ )?"`
	Finally  *gBlock    `parser:"( \"finally\" \":\" @@ )?"`
}

type gExcept struct {
	Pos  plexer.Position
	Kw   string  `parser:"@\"except\""`
	Star bool    `parser:"@\"*\"?"`
	Type xTest   `parser:"( @@"`
	Name xName   `parser:"  ( \"as\" @@ )? )? \":\""`
	Body *gBlock `parser:"@@"`
}

type gWith struct {
	Pos   plexer.Position
	Items xWithItems `parser:"\"with\" @@ \":\""`
	Body  *gBlock    `parser:"@@"`
}

type gDef struct {
	Pos     plexer.Position
	Name    xName   `parser:"\"def\" @@"`
	Params  xParams `parser:"\"(\" @@? \")\""`
	Returns xTest   `parser:"( \"->\" @@ )? \":\""`
	Body    *gBlock `parser:"@@"`
}

type gClass struct {
	Pos  plexer.Position
	Name xName     `parser:"\"class\" @@"`
	Args xCallArgs `parser:"( \"(\" @@? \")\" )? \":\""`
	Body *gBlock   `parser:"@@"`
}

type gBlock struct {
	Stmts  []*gStmt     `parser:"( Newline Indent @@+ Dedent"`
	Simple *gSimpleLine `parser:"| @@ )"`
}
